# Checks user exception classes: inheritance hierarchies, custom __init__ storing fields, custom __str__, catching by base.
class AppError(Exception):
    pass

class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(table, code)
        self.table = table
        self.code = code
    def __str__(self):
        return "db error %d on %s" % (self.code, self.table)

class NotFound(DbError):
    def __init__(self, table, key):
        super().__init__(table, 404)
        self.key = key

class Plain(AppError):
    def __init__(self, msg):
        self.msg = msg

for exc in [AppError("generic"), DbError("users", 500), NotFound("posts", 7), Plain("p")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, e.key, e.code, e.args)
    except DbError as e:
        print("DbError:", e, e.table, repr(e.args))
    except AppError as e:
        print("AppError:", type(e).__name__, str(e), e.args)

print(issubclass(NotFound, AppError), isinstance(NotFound("t", 1), Exception))
print(repr(AppError("x", 1)), repr(DbError("t", 1)))

class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"

print([WithRepr("m")], str(WithRepr("m")))
try:
    raise WithRepr("as value error")
except ValueError as e:
    print("caught as ValueError:", e)
