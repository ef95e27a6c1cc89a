"""The application's name and version: the one place they are written."""
APP_NAME = "FieldEval"
APP_NAME_ZH = "绩效评价现场工作台"
VERSION = "0.1.0"
