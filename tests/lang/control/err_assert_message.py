# Fails: an assert with a message fails after some output.
def checked_sqrt(n):
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    assert r * r == n, "%d is not a perfect square" % n
    return r

for n in [16, 49, 50]:
    print(n, checked_sqrt(n))
