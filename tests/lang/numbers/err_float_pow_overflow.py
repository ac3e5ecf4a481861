# Checks: an uncaught OverflowError from float ** big exponent inside nested calls.
def grow(base, n):
    return base ** n

def table(base):
    for n in [10, 100, 200, 400]:
        print(n, grow(base, n))

table(10.0)
print("never reached")
