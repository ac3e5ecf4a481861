# Checks dict equality (order independent), `in` tests on keys, dict(zip(...)), and repr of str and int keys.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, a is b)
print({1: 1} == {1: 1.0}, {1: 1} == {1: 2}, {} == {})
print("x" in a, 1 in a, "z" not in a)
names = ["one", "two", "three"]
nums = [1, 2, 3]
d = dict(zip(names, nums))
print(d)
print(dict(zip(nums, names)))
print(dict(zip("abc", range(10))))
inv = dict(zip(d.values(), d.keys()))
print(inv)
mixed = {1: "int", "1": "str", 2.5: "float", None: "none", (1, 2): "tuple", True: "bool"}
print(mixed)
print(repr({"quote'": 'it"s'}))
print({"a": [1, {"b": (2,)}]})
print(str({}), repr({1: {}}))
try:
    print(a < b)
except TypeError as e:
    print("TypeError:", e)
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1], [2], [3])))
