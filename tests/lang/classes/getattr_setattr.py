# Checks getattr (with default), setattr, hasattr and delattr on instances and classes, including method lookup.
class Config:
    debug = False
    def __init__(self):
        self.level = 1
    def __repr__(self):
        return "Config(level=%r)" % self.level
    def greet(self, who):
        return "hi " + who

c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "dflt"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1, 2])
print(c.level, c.new_attr, c)
print(hasattr(c, "new_attr"), hasattr(c, "nope"), hasattr(c, "greet"))
print(getattr(c, "greet")("bob"))
for name in ["level", "debug", "new_attr"]:
    print(name, "=", getattr(c, name))
del c.new_attr
print(hasattr(c, "new_attr"))
setattr(Config, "debug", True)
print(c.debug, Config().debug)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
attrs = {"a": 1, "b": 2}
for k, v in attrs.items():
    setattr(c, k, v * 10)
print(c.a, c.b)
print(c.level, c.debug)
