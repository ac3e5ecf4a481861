# Checks the builtin exception hierarchy: LookupError, ArithmeticError, Exception and BaseException catching subclasses.
def trigger(name):
    if name == "KeyError":
        {}[0]
    elif name == "IndexError":
        [][0]
    elif name == "ZeroDivisionError":
        0 // 0
    elif name == "OverflowError":
        raise OverflowError("too big")
    elif name == "RecursionError":
        raise RecursionError("deep")
    elif name == "NotImplementedError":
        raise NotImplementedError("todo")
    elif name == "UnboundLocalError":
        raise UnboundLocalError("ul")
    elif name == "KeyboardInterrupt":
        raise KeyboardInterrupt
    elif name == "TimeoutError":
        raise TimeoutError("slow")

for n in ["KeyError", "IndexError", "ZeroDivisionError", "OverflowError", "RecursionError",
          "NotImplementedError", "UnboundLocalError", "KeyboardInterrupt", "TimeoutError"]:
    try:
        trigger(n)
    except LookupError as e:
        print(n, "caught by LookupError")
    except ArithmeticError as e:
        print(n, "caught by ArithmeticError")
    except NameError as e:
        print(n, "caught by NameError")
    except RuntimeError as e:
        print(n, "caught by RuntimeError")
    except Exception as e:
        print(n, "caught by Exception")
    except BaseException as e:
        print(n, "caught by BaseException")

for a, b in [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
             (OverflowError, ArithmeticError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
             (UnboundLocalError, NameError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
             (AssertionError, Exception), (TimeoutError, Exception), (Exception, BaseException), (MemoryError, Exception)]:
    print(a.__name__, b.__name__, issubclass(a, b))
