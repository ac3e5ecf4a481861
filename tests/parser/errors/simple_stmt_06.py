from m import a as
