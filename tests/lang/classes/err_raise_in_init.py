# Fails: validation in __init__ raises ValueError while constructing the second instance.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError("temperature below absolute zero: %r" % kelvin)
        self.kelvin = kelvin

    def __repr__(self):
        return "Temperature(%r)" % self.kelvin

def build(values):
    return [Temperature(v) for v in values]

print(Temperature(300))
temps = build([10, 0, -5, 20])
print(temps)
