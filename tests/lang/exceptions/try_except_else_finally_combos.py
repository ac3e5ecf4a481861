# Checks every combination of try/except/else/finally with and without an exception being raised.
def run(label, fail):
    print("--", label, "fail" if fail else "ok")
    try:
        print("try")
        if fail:
            raise ValueError(label)
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")

run("full", False)
run("full", True)

for fail in [False, True]:
    try:
        try:
            if fail:
                raise KeyError("k")
            print("try-finally body ok")
        finally:
            print("try-finally finally")
    except KeyError:
        print("outer caught KeyError")

for fail in [False, True]:
    try:
        if fail:
            1 / 0
        print("try-except body ok")
    except ZeroDivisionError:
        print("try-except caught")

for fail in [False, True]:
    try:
        if fail:
            [][0]
    except IndexError:
        print("try-except-else caught")
    else:
        print("try-except-else else")

for fail in [False, True]:
    try:
        if fail:
            {}["x"]
    except KeyError:
        print("try-except-finally caught")
    finally:
        print("try-except-finally finally")
