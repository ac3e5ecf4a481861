# Checks that passing assert statements (with and without messages) do nothing and do not evaluate the message.
def msg():
    print("message evaluated")
    return "boom"

assert True
assert 1 == 1, "one is one"
assert [1], msg()
assert "x" in "xyz", msg()
x = 5
assert 0 < x < 10
print("all asserts passed")
for i in range(3):
    assert i < 3, f"bad {i}"
    print("checked", i)
