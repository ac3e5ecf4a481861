def g():
    await x
