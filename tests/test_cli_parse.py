"""fincli parse through the real entry point: stdout, stderr and exit status."""

import csv
import io
import json


def test_arguments_give_one_record_each_in_order(cli):
    r = cli(["parse", "-f", "jsonl", "2조4천억 원", "$50B"])
    assert r.code == 0 and r.err == ""
    recs = r.jsonl()
    assert [x["value"] for x in recs] == ["2400000000000", "50000000000"]
    assert [x["input"] for x in recs] == ["2조4천억 원", "$50B"]


def test_stdin_bad_line_gives_error_record_and_exit_1(cli):
    r = cli(["parse", "-f", "jsonl", "-"], "약 7조 원\nabc\n20~30억원\n")
    recs = r.jsonl()
    assert len(recs) == 3 and r.code == 1
    assert recs[1]["error"] and recs[1]["input"] == "abc" and recs[1]["value"] is None
    assert recs[2]["low"] == "2000000000"
    assert "line 2" in r.err and "Traceback" not in r.err


def test_invalid_utf8_line_is_a_record_not_a_crash(cli):
    r = cli(["parse", "-f", "jsonl"], b"1\xec\xa1\xb0 \xec\x9b\x90\n\xff\xfe\n")
    recs = r.jsonl()
    assert len(recs) == 2 and r.code == 1
    assert recs[0]["value"] == "1000000000000"
    assert "byte 0" in recs[1]["error"] and "--encoding cp949" in r.err


def test_cp949_with_encoding_option(cli):
    r = cli(["parse", "-f", "jsonl", "--encoding", "cp949"], "50억 달러\n".encode("cp949"))
    assert r.code == 0 and r.jsonl()[0]["value"] == "5000000000"


def test_crlf_and_bom(cli):
    r = cli(["parse", "-f", "jsonl"], b"\xef\xbb\xbf1\xec\xa1\xb0 \xec\x9b\x90\r\n$5\r\n")
    assert [x["value"] for x in r.jsonl()] == ["1000000000000", "5"] and r.code == 0


def test_fail_fast_stops_at_first_error(cli):
    r = cli(["parse", "-f", "jsonl", "--fail-fast"], "1조 원\nxx\n2조 원\n")
    assert len(r.jsonl()) == 2 and r.code == 1


def test_csv_has_stable_columns_and_exact_values(cli):
    r = cli(["parse", "-f", "csv", "1,250억달러", "zz"])
    rows = list(csv.DictReader(io.StringIO(r.out)))
    assert rows[0]["value"] == "125000000000" and rows[0]["currency"] == "USD"
    assert rows[1]["error"] and list(rows[0]) == list(rows[1])


def test_json_is_one_array(cli):
    r = cli(["parse", "-f", "json", "1조 원"])
    assert json.loads(r.out)[0]["korean"] == "1조 원"


def test_table_is_default(cli):
    r = cli(["parse", "2조4천억 원"])
    assert "2조4000억 원" in r.out and "KRW 2.4 trillion" in r.out


def test_usage_errors_exit_2(cli):
    assert cli(["parse", "--format", "yaml", "1조"]).code == 2
    assert cli(["parse", "--no-such-option"]).code == 2


def test_every_command_has_help(cli):
    from fincli.cli import app, rates_app

    for a, prefix in ((app, []), (rates_app, ["rates"])):
        for cmd in a.registered_commands:
            name = cmd.name or cmd.callback.__name__
            assert cmd.callback.__doc__, f"{name} has no docstring"
            r = cli([*prefix, name, "--help"])
            assert r.code == 0 and "Usage" in r.out
