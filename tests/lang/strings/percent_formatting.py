# Checks: printf-style % formatting: %d %i %s %r %f %5.2f %x %X %-5s %05d %e %c %% with tuples.
print('%d' % 42, '%i' % -7, '%d' % 3.99, '%d' % True)
print('%s' % 'str', '%s' % 12, '%s' % [1, 2], '%s' % None, '%s' % 1.5)
print('%r' % 'str', '%r' % 12, '%r' % 'it\'s')
print('%f' % 3.14159, '%.2f' % 3.14159, '%5.2f' % 3.14159, '%5.2f' % -3.14159)
print('[%8.3f] [%-8.3f] [%08.3f] [%+.1f]' % (2.5, 2.5, -2.5, 2.5))
print('%x %X %#x %#X' % (255, 255, 255, 255), '%x' % -255)
print('[%-5s] [%5s] [%-5d] [%5d] [%05d] [%+d]' % ('ab', 'ab', 42, 42, 42, 42))
print('%e %.2e %E' % (12345.678, 0.000123, 1.5))
print('%c%c%c' % (72, 105, 33), '%c' % 'z')
print('100%%', '%d%%' % 50)
print('%s and %s' % ('a', 'b'), '%s' % ('tuple',), '%s' % ((1, 2),))
print('%3d|%-3d|%03d' % (5, 5, 5))
print('%.3s|%10.3s|' % ('abcdef', 'abcdef'))
print('%*d|%-*d|%.*f' % (5, 1, 5, 1, 2, 3.14159))
name, score = 'Ada', 97.5
print('%s scored %.1f (%d%%)' % (name, score, score))
try:
    '%d %d' % (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    '%s' % (1, 2)
except TypeError as e:
    print('TypeError:', e)
