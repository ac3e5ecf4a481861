# Checks that the `except ... as e` name is deleted after the handler, and exceptions kept via another name survive.
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    saved = e
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print("saved:", repr(saved))

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        result = exc
    try:
        return exc
    except UnboundLocalError as u:
        return "unbound: " + str(u)

print(f())
errors = []
for i in range(3):
    try:
        [][i]
    except IndexError as ex:
        errors.append(ex)
print(errors)
print([str(x) for x in errors])
