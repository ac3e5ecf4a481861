# Checks: str.split with and without separator, maxsplit, empty fields and whitespace runs.
print('a b  c'.split())
print('  leading and trailing  '.split())
print('a b  c'.split(' '))
print('a,b,,c,'.split(','))
print('a,b,c'.split(',', 1), 'a,b,c'.split(',', maxsplit=0), 'a,b,c'.split(',', -1))
print('a b c d'.split(None, 2), '  a  b  '.split(None, 1))
print(''.split(), ''.split(','), ' '.split(), ' '.split(' '))
print('a\tb\nc\r\nd\x0be\x0cf'.split())
print('abcabc'.split('bc'), 'aaa'.split('a'), 'aaaa'.split('aa'))
print('key=value=more'.split('=', 1))
print('no-sep-here'.split(';'))
print('1 2 3'.split(' ', maxsplit=1))
line = 'name: Ada ; age: 36 ; lang: py'
fields = [f.strip() for f in line.split(';')]
print(fields)
print(dict([f.split(': ') for f in fields]))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
print('中,文,字'.split(','))
