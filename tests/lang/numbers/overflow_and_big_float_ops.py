# Checks: float operations that overflow raise OverflowError with CPython's messages; int stays 64-bit-safe.
def attempt(label, f):
    try:
        print(label, f())
    except OverflowError as e:
        print(label, 'OverflowError:', e)
attempt('10.0**400', lambda: 10.0 ** 400)
attempt('2.0**1024', lambda: 2.0 ** 1024)
attempt('2.0**1023', lambda: 2.0 ** 1023)
attempt('(-10.0)**401', lambda: (-10.0) ** 401)
attempt('1e308*10', lambda: 1e308 * 10)
attempt('int(inf)', lambda: int(float('inf')))
attempt('round(inf)', lambda: round(float('inf')))
attempt('10.0**-400', lambda: 10.0 ** -400)
attempt('1.5**2000', lambda: 1.5 ** 2000)
attempt('0.5**2000', lambda: 0.5 ** 2000)
attempt('2**62', lambda: 2 ** 62)
attempt('float(2**62)', lambda: float(2 ** 62))
