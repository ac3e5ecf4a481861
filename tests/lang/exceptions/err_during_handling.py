# Fails: an exception raised inside an except block; CPython prints both with "During handling of the above exception".
def convert(s):
    try:
        return int(s)
    except ValueError:
        return fallback[s]

fallback = {"one": 1}
print(convert("5"), convert("one"))
print(convert("two"))
