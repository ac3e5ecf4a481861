# Checks: str.replace with counts, empty patterns, overlapping candidates and no matches.
s = 'the cat sat on the mat'
print(s.replace('at', 'og'))
print(s.replace('at', 'og', 1), s.replace('at', 'og', 2), s.replace('at', 'og', 0))
print(s.replace('the ', ''), s.replace('xyz', 'q'))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('aa', 'b'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print(''.replace('a', 'b') == '', 'a'.replace('a', ''))
print('1,000,000'.replace(',', '_'), 'tab\there'.replace('\t', '    '))
print('Hello'.replace('l', 'L', -1), 'abcabc'.replace('abc', 'abcabc'))
print('café'.replace('é', 'e'), '中文中'.replace('中', 'zh'))
print(s.replace('the', 'a').replace('a', 'A'))
print('mississippi'.replace('ss', 'SS'), 'mississippi'.replace('issi', 'X'))
