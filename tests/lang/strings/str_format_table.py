# Checks: building an aligned text table with str.format, f-strings and % formatting together.
rows = [('Widget', 4, 3.5), ('Gadget', 12, 10.0), ('Thingamajig', 1, 1234.567), ('X', 100, 0.1)]
w = max([len(r[0]) for r in rows])
header = '{:<{w}} | {:>5} | {:>10} | {:>12}'.format('Item', 'Qty', 'Price', 'Total', w=w)
print(header)
print('-' * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print('{:<{w}} | {:>5d} | {:>10.2f} | {:>12,.2f}'.format(name, qty, price, total, w=w))
print('=' * len(header))
print(f'{"TOTAL":<{w}} | {"":>5} | {"":>10} | {grand:>12,.2f}')
print('%-*s|%6.1f%%' % (w, 'share', 100 * rows[0][1] * rows[0][2] / grand))
for i, (name, qty, price) in enumerate(rows, 1):
    print('%2d. %-12s %5d x %8.3f' % (i, name, qty, price))
