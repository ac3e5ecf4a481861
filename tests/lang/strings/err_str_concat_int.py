# Checks: an uncaught TypeError from 'str' + int inside a function, after some output.
def label(prefix, n):
    return prefix + n

def labels(prefix, items):
    return [label(prefix, x) for x in items]

print(label('item-', '1'))
print(label('item-', str(2)))
print(labels('k', ['a', 'b']))
print(label('item-', 3))
