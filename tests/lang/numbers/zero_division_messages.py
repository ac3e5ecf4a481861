# Checks: the exact ZeroDivisionError messages for int and float /, //, %, divmod and 0.0 ** negative.
def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, 'ZeroDivisionError:', e)
attempt('1/0', lambda: 1 / 0)
attempt('1//0', lambda: 1 // 0)
attempt('1%0', lambda: 1 % 0)
attempt('divmod(1,0)', lambda: divmod(1, 0))
attempt('1.0/0', lambda: 1.0 / 0)
attempt('1.0//0', lambda: 1.0 // 0)
attempt('1.0%0', lambda: 1.0 % 0)
attempt('1/0.0', lambda: 1 / 0.0)
attempt('divmod(1.0,0)', lambda: divmod(1.0, 0))
attempt('0**-1', lambda: 0 ** -1)
attempt('0.0**-1', lambda: 0.0 ** -1)
attempt('0/1', lambda: 0 / 1)
attempt('True/False', lambda: True / False)
try:
    x = 5
    x //= 0
except ArithmeticError as e:
    print(type(e).__name__, isinstance(e, ZeroDivisionError), e)
