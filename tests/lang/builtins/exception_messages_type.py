# Checks: exact TypeError messages CPython produces for common builtin-level mistakes.
def attempt(f):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
five = 5
nothing = None
text = 'abc'
pair = [1, 2]
attempt(lambda: 1 + 'a')
attempt(lambda: 'a' + 1)
attempt(lambda: [1] + (2,))
attempt(lambda: 1 < 'a')
attempt(lambda: None < None)
attempt(lambda: -'a')
attempt(lambda: ~1.5)
attempt(lambda: len(5))
attempt(lambda: five())
attempt(lambda: nothing())
attempt(lambda: text[1.5])
attempt(lambda: pair['a'])
attempt(lambda: {}[[]])
attempt(lambda: hash([]))
attempt(lambda: int([1]))
attempt(lambda: float(None))
attempt(lambda: abs('x'))
attempt(lambda: five[0])
attempt(lambda: iter(None))
attempt(lambda: 1 & 1.5)
attempt(lambda: 'a' * 'b')
attempt(lambda: 2 ** 'x')
attempt(lambda: sorted([3, None]))
attempt(lambda: round('x'))
attempt(lambda: chr('a'))
attempt(lambda: divmod(1, 'x'))
