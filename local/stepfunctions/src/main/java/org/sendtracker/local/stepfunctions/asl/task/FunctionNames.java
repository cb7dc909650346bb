package org.sendtracker.local.stepfunctions.asl.task;

/** Maps the ways ASL names a Lambda function to the short name a TaskInvoker receives. */
public final class FunctionNames {

    private FunctionNames() {}

    /**
     * {@code arn:aws:lambda:us-east-1:123456789012:function:NAME[:QUALIFIER]} and {@code
     * 123456789012:function:NAME} give {@code NAME}; a bare name is returned as it is.
     */
    public static String shortName(String functionNameOrArn) {
        int marker = functionNameOrArn.indexOf("function:");
        if (marker < 0) {
            return functionNameOrArn;
        }
        String rest = functionNameOrArn.substring(marker + "function:".length());
        int qualifier = rest.indexOf(':');
        return qualifier < 0 ? rest : rest.substring(0, qualifier);
    }
}
