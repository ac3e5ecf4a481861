# throw() raises at the yield; close() raises GeneratorExit there.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")


w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("oops")))
next(w)
w.send(2)
w.close()
print("closed")
w.close()
try:
    w.send(3)
except StopIteration:
    print("stopped after close")

def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2

i = ignorer()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def unstarted():
    print("never")
    yield

u = unstarted()
u.close()
print(list(u))
def catcher():
    try:
        yield 1
    except KeyError:
        return "caught"

c = catcher()
next(c)
try:
    c.throw(KeyError)
except StopIteration as e:
    print("returned", e.value)
t = catcher()
next(t)
try:
    t.throw(TypeError, "typed")
except TypeError as e:
    print("propagated", e)
try:
    catcher().throw(ZeroDivisionError())
except ZeroDivisionError:
    print("unstarted throw raises")
