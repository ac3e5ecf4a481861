# finally blocks and with statements inside generators run when the generator ends.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def lines(name):
    with Resource(name):
        yield name + ":1"
        yield name + ":2"


for l in lines("f"):
    print(l)
g = lines("g")
print(next(g))
g.close()
def tryfin():
    try:
        yield 1
        return 5
    finally:
        print("finally runs")
print(list(tryfin()))
def nested():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            print("fin", i)
print(list(nested()))
