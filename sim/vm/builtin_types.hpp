// The builtin types every interpreter creates at start-up: one row each, so the struct
// of Type pointers, their creation and their names come from this one table.
// X(field, "python name", base field, instance Kind, may be subclassed)
#pragma once

namespace gs {

#define GS_BUILTIN_TYPES(X)                                                          \
    X(object, "object", object, Instance, 1)                                           \
    X(type, "type", object, Type, 1)                                                 \
    X(none_type, "NoneType", object, Instance, 0)                                    \
    X(int_, "int", object, Instance, 1)                                              \
    X(bool_, "bool", int_, Instance, 0)                                              \
    X(float_, "float", object, Instance, 1)                                          \
    X(str, "str", object, Str, 1)                                                    \
    X(bytes, "bytes", object, Bytes, 1)                                              \
    X(tuple, "tuple", object, Tuple, 1)                                              \
    X(list, "list", object, List, 1)                                                 \
    X(dict, "dict", object, Dict, 1)                                                 \
    X(set, "set", object, Set, 1)                                                    \
    X(frozenset, "frozenset", object, Set, 1)                                        \
    X(range, "range", object, Range, 0)                                              \
    X(slice, "slice", object, Slice, 0)                                              \
    X(function, "function", object, Function, 0)                                     \
    X(builtin_function, "builtin_function_or_method", object, Native, 0)             \
    X(method, "method", object, BoundMethod, 0)                                      \
    X(cell, "cell", object, Cell, 0)                                                 \
    X(code, "code", object, Code, 0)                                                 \
    X(module, "module", object, Module, 0)                                           \
    X(property, "property", object, Property, 0)                                     \
    X(staticmethod, "staticmethod", object, StaticMethod, 0)                         \
    X(classmethod, "classmethod", object, ClassMethod, 0)                            \
    X(super, "super", object, Super, 0)                                              \
    X(not_implemented_type, "NotImplementedType", object, Instance, 0)               \
    X(ellipsis_type, "ellipsis", object, Instance, 0)                                \
    X(list_iterator, "list_iterator", object, Iter, 0)                               \
    X(list_reverseiterator, "list_reverseiterator", object, Iter, 0)                 \
    X(tuple_iterator, "tuple_iterator", object, Iter, 0)                             \
    X(range_iterator, "range_iterator", object, Iter, 0)                             \
    X(str_iterator, "str_ascii_iterator", object, Iter, 0)                           \
    X(bytes_iterator, "bytes_iterator", object, Iter, 0)                             \
    X(dict_keyiterator, "dict_keyiterator", object, Iter, 0)                         \
    X(dict_valueiterator, "dict_valueiterator", object, Iter, 0)                     \
    X(dict_itemiterator, "dict_itemiterator", object, Iter, 0)                       \
    X(set_iterator, "set_iterator", object, Iter, 0)                                 \
    X(enumerate, "enumerate", object, Iter, 0)                                       \
    X(zip, "zip", object, Iter, 0)                                                   \
    X(map, "map", object, Iter, 0)                                                   \
    X(filter, "filter", object, Iter, 0)                                             \
    X(reversed, "reversed", object, Iter, 0)                                         \
    X(iterator, "iterator", object, Iter, 0)                                         \
    X(callable_iterator, "callable_iterator", object, Iter, 0)                       \
    X(dict_keys, "dict_keys", object, DictView, 0)                                   \
    X(dict_values, "dict_values", object, DictView, 0)                               \
    X(dict_items, "dict_items", object, DictView, 0)                                 \
    X(str_buffer, "str_buffer", object, StrBuffer, 0)                                \
    X(traceback, "traceback", object, Traceback, 0)                                  \
    X(generator, "generator", object, Generator, 0)                                  \
    X(coroutine, "coroutine", object, Generator, 0)                                  \
    X(opaque, "object", object, Opaque, 0)

// Exceptions: X(field, "name", base field). All have the Exception layout.
#define GS_EXCEPTION_TYPES(X)                                                        \
    X(BaseException, "BaseException", object)                                        \
    X(SystemExit, "SystemExit", BaseException)                                       \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)                         \
    X(GeneratorExit, "GeneratorExit", BaseException)                                 \
    X(Exception, "Exception", BaseException)                                         \
    X(StopIteration, "StopIteration", Exception)                                     \
    X(StopAsyncIteration, "StopAsyncIteration", Exception)                           \
    X(ArithmeticError, "ArithmeticError", Exception)                                 \
    X(FloatingPointError, "FloatingPointError", ArithmeticError)                     \
    X(OverflowError, "OverflowError", ArithmeticError)                               \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)                       \
    X(AssertionError, "AssertionError", Exception)                                   \
    X(AttributeError, "AttributeError", Exception)                                   \
    X(BufferError, "BufferError", Exception)                                         \
    X(EOFError, "EOFError", Exception)                                               \
    X(ImportError, "ImportError", Exception)                                         \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)                       \
    X(LookupError, "LookupError", Exception)                                         \
    X(IndexError, "IndexError", LookupError)                                         \
    X(KeyError, "KeyError", LookupError)                                             \
    X(MemoryError, "MemoryError", Exception)                                         \
    X(NameError, "NameError", Exception)                                             \
    X(UnboundLocalError, "UnboundLocalError", NameError)                             \
    X(OSError, "OSError", Exception)                                                 \
    X(ConnectionError, "ConnectionError", OSError)                                   \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError)                           \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError)                 \
    X(TimeoutError, "TimeoutError", OSError)                                         \
    X(ReferenceError, "ReferenceError", Exception)                                   \
    X(RuntimeError, "RuntimeError", Exception)                                       \
    X(NotImplementedError, "NotImplementedError", RuntimeError)                      \
    X(RecursionError, "RecursionError", RuntimeError)                                \
    X(SyntaxError, "SyntaxError", Exception)                                         \
    X(IndentationError, "IndentationError", SyntaxError)                             \
    X(SystemError, "SystemError", Exception)                                         \
    X(TypeError, "TypeError", Exception)                                             \
    X(ValueError, "ValueError", Exception)                                           \
    X(UnicodeError, "UnicodeError", ValueError)                                      \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)                        \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)                        \
    X(Warning, "Warning", Exception)                                                 \
    X(DeprecationWarning, "DeprecationWarning", Warning)                             \
    X(RuntimeWarning, "RuntimeWarning", Warning)                                     \
    X(UserWarning, "UserWarning", Warning)

// Interned identifiers the interpreter itself looks up. X(field, "text")
#define GS_NAMES(X)                                                                  \
    X(__init__, "__init__") X(__new__, "__new__") X(__repr__, "__repr__")            \
    X(__str__, "__str__") X(__hash__, "__hash__") X(__eq__, "__eq__")                \
    X(__ne__, "__ne__") X(__len__, "__len__") X(__iter__, "__iter__")                \
    X(__next__, "__next__") X(__getitem__, "__getitem__")                            \
    X(__setitem__, "__setitem__") X(__delitem__, "__delitem__")                      \
    X(__contains__, "__contains__") X(__call__, "__call__")                          \
    X(__enter__, "__enter__") X(__exit__, "__exit__") X(__bool__, "__bool__")        \
    X(__name__, "__name__") X(__qualname__, "__qualname__")                          \
    X(__module__, "__module__") X(__class__, "__class__") X(__dict__, "__dict__")    \
    X(__doc__, "__doc__") X(__format__, "__format__") X(__index__, "__index__")      \
    X(__int__, "__int__") X(__float__, "__float__") X(__neg__, "__neg__")            \
    X(__pos__, "__pos__") X(__abs__, "__abs__") X(__invert__, "__invert__")          \
    X(__getattr__, "__getattr__") X(__setattr__, "__setattr__")                      \
    X(__delattr__, "__delattr__") X(__get__, "__get__") X(__set__, "__set__")        \
    X(__delete__, "__delete__") X(__round__, "__round__") X(__reversed__, "__reversed__") \
    X(__main__, "__main__") X(builtins, "builtins") X(__builtins__, "__builtins__")  \
    X(__file__, "__file__") X(__cause__, "__cause__") X(__context__, "__context__")  \
    X(__traceback__, "__traceback__") X(__suppress_context__, "__suppress_context__") \
    X(__init_subclass__, "__init_subclass__") X(__bases__, "__bases__")              \
    X(__base__, "__base__") X(__mro__, "__mro__") X(__self__, "__self__")            \
    X(func_attr, "__func__") X(__defaults__, "__defaults__") X(__code__, "__code__")  \
    X(__annotations__, "__annotations__") X(__slots__, "__slots__")                  \
    X(args, "args") X(value, "value") X(self, "self") X(cls, "cls")                  \
    X(lambda, "<lambda>") X(module, "<module>") X(empty, "")                         \
    X(__lt__, "__lt__") X(__le__, "__le__") X(__gt__, "__gt__") X(__ge__, "__ge__")  \
    X(__length_hint__, "__length_hint__") X(__missing__, "__missing__")             \
    X(__await__, "__await__") X(send, "send") X(throw_, "throw") X(close, "close")

}  // namespace gs
