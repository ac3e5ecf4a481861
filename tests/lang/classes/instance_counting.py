# Checks counting instances with a class attribute, per-subclass counters, and a class-level registry.
class Widget:
    created = 0
    registry = []
    def __init__(self, label):
        Widget.created += 1
        self.serial = Widget.created
        self.label = label
        Widget.registry.append(self)
    def __repr__(self):
        return "Widget#%d(%s)" % (self.serial, self.label)

class Button(Widget):
    created = 0
    def __init__(self, label):
        super().__init__(label)
        Button.created += 1

w1 = Widget("a")
w2 = Widget("b")
b1 = Button("ok")
b2 = Button("cancel")
print(Widget.created, Button.created)
print(Widget.registry)
print(w1.created, b1.created)

class SelfCount:
    n = 0
    def __init__(self):
        self.n += 1

s1 = SelfCount()
s2 = SelfCount()
print(SelfCount.n, s1.n, s2.n)
print(len(Widget.registry), [w.serial for w in Widget.registry if isinstance(w, Button)])
