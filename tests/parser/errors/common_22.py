x = f(a)(
