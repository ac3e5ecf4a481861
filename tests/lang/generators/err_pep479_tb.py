# The RuntimeError of PEP 479 is chained to the StopIteration.
def gen():
    yield 1
    raise StopIteration


for x in gen():
    print(x)
