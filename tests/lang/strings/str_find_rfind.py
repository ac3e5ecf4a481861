# Checks: find/rfind with start/end arguments, missing substrings and empty substrings.
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find(''))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind(''))
print(s.find('a', 1), s.find('a', 4, 6), s.find('a', 4, 5), s.find('bra', 2))
print(s.rfind('a', 0, 10), s.rfind('bra', 0, 8), s.rfind('a', -4), s.find('a', -4))
print(s.find('', 5), s.find('', 11), s.find('', 12), s.rfind('', 3, 7))
print(s.find('abracadabra'), s.find('abracadabrax'), ''.find(''), ''.find('a'))
print(s.find('c', 100), s.find('a', -100), s.rfind('a', -100, -8))
print('中文中文'.find('文'), '中文中文'.rfind('文'), 'a😀b😀'.find('b'))
pos = []
i = s.find('a')
while i != -1:
    pos.append(i)
    i = s.find('a', i + 1)
print(pos)
