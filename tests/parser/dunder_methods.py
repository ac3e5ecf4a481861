class V:
    def __repr__(self): return f"V({self.x!r})"
    def __eq__(self, o): return self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __hash__(self): return hash(self.x)
