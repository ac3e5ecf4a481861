# Checks: str.format with automatic, numbered and named fields, indexing and repeated use.
print('{} and {}'.format('spam', 'eggs'))
print('{1} and {0}'.format('spam', 'eggs'))
print('{0}{1}{0}'.format('abra', 'cad'))
print('{name} is {age}'.format(name='Ada', age=36))
print('{0} {name} {1}'.format('a', 'b', name='n'))
print('{{}} {{{}}}'.format('x'))
print('{0[0]} {0[2]} {1[k]}'.format(['a', 'b', 'c'], {'k': 'v'}))
print('{}'.format([1, 'two', 3.0]), '{}'.format((1,)), '{}'.format(None))
print('{!r} {!s}'.format('q', 'q'), '{0!r:>6}'.format('q'))
print('{:5}|{:<5}|{:>5}|{:^5}|'.format('ab', 'ab', 'ab', 'ab'))
print('{:5}|{:<5}|{:>5}|{:^5}|'.format(42, 42, 42, 42))
print('{} {}'.format(True, 1.5), '{:d}'.format(True))
print('no fields'.format(1, 2), ''.format())
try:
    '{} {}'.format('only one')
except IndexError as e:
    print('IndexError:', e)
try:
    '{missing}'.format(x=1)
except KeyError as e:
    print('KeyError:', e)
