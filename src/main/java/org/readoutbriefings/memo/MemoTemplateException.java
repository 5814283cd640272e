package org.readoutbriefings.memo;

/** A memo template that cannot be filled in: the message names the template, the line and the reason. */
public class MemoTemplateException extends RuntimeException {

    public MemoTemplateException(String message) {
        super(message);
    }
}
