"""The floor for cold starts: a one-command typer app in the same environment."""

import typer

app = typer.Typer(add_completion=False)


@app.command()
def main(expr: str):
    print(expr)


if __name__ == "__main__":
    app()
