# Checks: an uncaught ValueError from int('abc') inside a helper, after some successful parses.
def parse(token):
    return int(token)

def parse_all(tokens):
    out = []
    for t in tokens:
        n = parse(t)
        print("parsed", n)
        out.append(n)
    return out

print(parse_all(["1", " 22 ", "-3", "abc", "5"]))
