# Checks: an uncaught ValueError from an invalid format code applied to a str in an f-string.
def show(v):
    return f'[{v:>6d}]'

def show_all(values):
    for v in values:
        print(show(v))

show_all([42, -7, True])
show_all(['x'])
print("never reached")
