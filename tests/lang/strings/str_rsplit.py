# Checks: str.rsplit with maxsplit splitting from the right, compared to split.
s = 'a,b,c,d'
print(s.rsplit(','), s.rsplit(',', 1), s.rsplit(',', 2), s.rsplit(',', 0))
print(s.split(',', 1), s.rsplit(',', maxsplit=1))
print('  a  b  c  '.rsplit(), '  a  b  c  '.rsplit(None, 1))
print('a b c'.rsplit(' ', 1))
print('path/to/file.txt'.rsplit('/', 1), 'file.tar.gz'.rsplit('.', 1))
print('aaa'.rsplit('a'), 'aaaa'.rsplit('aa', 1))
print(''.rsplit(), ''.rsplit(','), 'x'.rsplit(','))
print('1::2::3'.rsplit('::', 1), '1::2::3'.split('::', 1))
print('a  b'.rsplit(' '))
name, ext = 'archive.backup.zip'.rsplit('.', 1)
print(name, ext)
