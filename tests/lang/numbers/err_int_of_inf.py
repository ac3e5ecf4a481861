# Checks: an uncaught OverflowError from int(float('inf')) inside a function called from a loop.
def to_int(x):
    return int(x)

def convert_all(texts):
    for s in texts:
        v = float(s)
        print(s, v, to_int(v))

convert_all(['1.5', '-2.75', '1e3', '-0.0', 'inf', '7'])
print("never reached")
