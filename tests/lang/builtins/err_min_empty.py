# Checks: an uncaught ValueError from min() of an empty sequence inside a function.
def lowest(scores):
    return min(scores)

def summary(groups):
    for name, scores in groups:
        print(name, lowest(scores))

summary([('a', [3, 1, 2]), ('b', [9])])
summary([('c', [x for x in [5, 6] if x > 10])])
print("never reached")
