# Checks: an uncaught TypeError from len() of an int, reached through a lambda passed to map.
def sizes(items):
    return list(map(lambda x: len(x), items))

print(sizes(['a', [1, 2], (), {}]))
print(sizes([range(4), b'xy']))
print(sizes(['ok', 7]))
print("never reached")
print(sizes([]))
print(sizes(['z']))
