# Fails: an uncaught user exception whose __str__ is overridden; the traceback's last line uses __str__.
class ParseError(Exception):
    def __init__(self, line, col):
        super().__init__(line, col)
        self.line = line
        self.col = col
    def __str__(self):
        return "parse error at %d:%d" % (self.line, self.col)

def parse(src):
    for i, ch in enumerate(src):
        if ch == "!":
            raise ParseError(1, i + 1)
    return src

print(parse("ok"))
parse("bad!")
