# Checks ValueError/TypeError messages for failed unpacking: too many, not enough, starred minimum, non-iterables.
def attempt(fn):
    try:
        print("ok", fn())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

def two(v):
    a, b = v
    return a, b

def three(v):
    a, b, c = v
    return a, b, c

def starred(v):
    a, b, *c = v
    return a, b, c

def star_mid(v):
    a, *b, c, d = v
    return a, b, c, d

attempt(lambda: two([1, 2, 3]))
attempt(lambda: two([1]))
attempt(lambda: two([]))
attempt(lambda: three((1, 2)))
attempt(lambda: three("abcd"))
attempt(lambda: two("ab"))
attempt(lambda: starred([1]))
attempt(lambda: starred([1, 2]))
attempt(lambda: star_mid([1, 2]))
attempt(lambda: two(5))
attempt(lambda: two(None))
attempt(lambda: two({"a": 1, "b": 2, "c": 3}))
attempt(lambda: two(range(10)))

def loop_bad():
    out = []
    for a, b in [(1, 2), (3, 4, 5)]:
        out.append(a + b)
    return out

attempt(loop_bad)
