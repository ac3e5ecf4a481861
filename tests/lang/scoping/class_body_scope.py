# Checks that class-body names are not visible inside methods (they resolve to globals instead) and are reached via self/class.
name = "global name"
counter = "global counter"

class K:
    name = "class name"
    counter = 0
    doubled = counter * 2
    alias = name

    def method(self):
        return name

    def method_self(self):
        return self.name

    def method_class(self):
        return K.name + "/" + type(self).alias

    def bump(self):
        K.counter += 1
        return K.counter

k = K()
print(k.method())
print(k.method_self())
print(k.method_class())
print(K.doubled, K.alias)
print(k.bump(), k.bump(), counter)

def make_class():
    local_val = "function local"
    class Inner:
        attr = local_val
        def get(self):
            return local_val
    return Inner

I = make_class()
print(I.attr, I().get())

class Shadow:
    len = 5
    size = len

    def m(self):
        return len("abc")

print(Shadow.size, Shadow().m())
