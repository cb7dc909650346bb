package org.sendtracker.local.stepfunctions.engine;

/** Small ASL definitions used by the engine tests, named by what they do. */
final class Machines {

    private Machines() {}

    static final String WAIT_TEN_SECONDS_THEN_CALL_RECORD =
            """
      {"StartAt": "Pause", "States": {
        "Pause": {"Type": "Wait", "Seconds": 10, "Next": "Record"},
        "Record": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:record", "End": true}}}
      """;

    static String waitSecondsPathThenCallRecord() {
        return """
        {"StartAt": "Pause", "States": {
          "Pause": {"Type": "Wait", "SecondsPath": "$.seconds", "Next": "Record"},
          "Record": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:record", "End": true}}}
        """;
    }

    static final String ASK_OFFICER_WITH_ONE_HOUR_TIMEOUT =
            """
      {"StartAt": "AskOfficer", "States": {
        "AskOfficer": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
          "Parameters": {"FunctionName": "notify-officer", "Payload": {"taskToken.$": "$$.Task.Token", "case.$": "$.case"}},
          "TimeoutSeconds": 3600, "ResultPath": "$.decision",
          "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.failure", "Next": "NoAnswer"}],
          "Next": "Decided"},
        "Decided": {"Type": "Succeed"},
        "NoAnswer": {"Type": "Pass", "Parameters": {"case.$": "$.case", "error.$": "$.failure.Error"}, "End": true}}}
      """;

    static final String ASK_OFFICER_WITHOUT_TIMEOUT =
            """
      {"StartAt": "AskOfficer", "States": {
        "AskOfficer": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
          "Parameters": {"FunctionName": "notify-officer", "Payload": {"taskToken.$": "$$.Task.Token"}},
          "End": true}}}
      """;

    /** Counts forever: each turn is a Pass (2 history events) and a Choice (2 history events). */
    static final String COUNT_FOREVER =
            """
      {"StartAt": "Increment", "States": {
        "Increment": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, 1)"}, "Next": "Again"},
        "Again": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": -1, "Next": "Increment"}]}}}
      """;

    static final String WAIT_FOUR_HUNDRED_DAYS =
            """
      {"StartAt": "Sleep", "States": {"Sleep": {"Type": "Wait", "Seconds": 34560000, "End": true}}}
      """;

    static final String FLAKY_WITH_RETRY =
            """
      {"StartAt": "Flaky", "States": {
        "Flaky": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:flaky",
          "Retry": [{"ErrorEquals": ["Boom"], "IntervalSeconds": 5, "MaxAttempts": 2}], "End": true}}}
      """;

    static final String CALL_RECORD =
            """
      {"StartAt": "Record", "States": {
        "Record": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:record", "End": true}}}
      """;
}
