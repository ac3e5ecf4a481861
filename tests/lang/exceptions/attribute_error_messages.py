# Checks AttributeError messages for instances, classes, builtin types and None.
class Robot:
    kind = "bot"
    def __init__(self):
        self.name = "r2"
    def __repr__(self):
        return "Robot()"

def msg(fn):
    try:
        print("ok", fn())
    except AttributeError as e:
        print("AttributeError:", e)

r = Robot()
msg(lambda: r.name)
msg(lambda: r.nmae)
msg(lambda: r.speed)
msg(lambda: Robot.name)
msg(lambda: Robot.kind)
msg(lambda: (5).foo)
msg(lambda: "s".foo)
msg(lambda: [].push)
msg(lambda: {}.add)
msg(lambda: None.x)
msg(lambda: (1, 2).append)

def set_on_int():
    x = 5
    x.attr = 1

try:
    set_on_int()
except AttributeError as e:
    print("AttributeError:", e)

def del_missing():
    del r.missing

try:
    del_missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.nmae
except AttributeError as e:
    print(repr(e), e.args)
