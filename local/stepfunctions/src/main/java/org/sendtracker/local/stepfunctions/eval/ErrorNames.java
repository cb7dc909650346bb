package org.sendtracker.local.stepfunctions.eval;

/**
 * The predefined error names this engine raises or matches.
 *
 * <p>ASL spec, "Errors": "The States language defines a set of built-in strings that name
 * well-known errors, all beginning with the prefix "States."".
 */
public final class ErrorNames {

    /** "A wildcard which matches any Error Name." */
    public static final String ALL = "States.ALL";

    /**
     * "A Task State failed during the execution." In a Retrier or Catcher it matches any error
     * except {@link #TIMEOUT} (AWS Step Functions developer guide, "Error names").
     */
    public static final String TASK_FAILED = "States.TaskFailed";

    /** "A Task State either ran longer than the "TimeoutSeconds" value, or ...". */
    public static final String TIMEOUT = "States.Timeout";

    /** A runtime failure such as a path that selects nothing; never retried nor caught. */
    public static final String RUNTIME = "States.Runtime";

    /** "A Choice state failed to find a match for the condition field ... and no Default". */
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";

    /** "A state's ResultPath field cannot be applied to the input the state received." */
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";

    private ErrorNames() {}
}
