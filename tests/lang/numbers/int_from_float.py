# Checks: int() of floats truncates toward zero; conversions between int, float and bool.
for x in [3.9, -3.9, 0.5, -0.5, 2.0, -2.0, 0.0, -0.0, 1e18, -1e18, 123.999999]:
    print(x, int(x))
print(int(True), int(False), int(7), int(-7))
print(int(1e15 + 0.5), int(2.5e-10), int(9.2e18))
print(int(9007199254740993.0), int(2.0 ** 62))
print(float(10) / 4, int(10 / 4), int(-10 / 4))
print(int(float('1e5')), float(int('100000')))
for bad in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(int(bad))
    except OverflowError as e:
        print('OverflowError:', e)
    except ValueError as e:
        print('ValueError:', e)
print(round(3.7), round(-3.7), type(round(3.7)))
