# The exception being handled is saved with a suspended generator.
import sys


def gen():
    try:
        raise ValueError("inside")
    except ValueError:
        print("in gen:", sys.exc_info()[0].__name__)
        yield 1
        print("resumed:", sys.exc_info()[0].__name__)
    print("after:", sys.exc_info()[0])
    yield 2


g = gen()
next(g)
print("outside:", sys.exc_info()[0])
try:
    raise KeyError("k")
except KeyError:
    next(g)
    print("caller still:", sys.exc_info()[0].__name__)
def raiser():
    try:
        yield
    except Exception as e:
        print("context:", repr(e.__context__))
        raise
r = raiser()
next(r)
try:
    r.throw(IndexError("i"))
except IndexError as e:
    print("got", repr(e))
