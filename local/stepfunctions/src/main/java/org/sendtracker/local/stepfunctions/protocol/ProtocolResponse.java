package org.sendtracker.local.stepfunctions.protocol;

/** An HTTP answer of the AWS JSON 1.0 protocol: status code and JSON body. */
public record ProtocolResponse(int statusCode, String body) {

    public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    public String contentType() {
        return CONTENT_TYPE;
    }
}
