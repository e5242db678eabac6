package org.ccbench.base.ui;

import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;

/**
 * Vaadin's upload in the user's language: without it the button says "Upload File..." and the drop zone "Drop file
 * here" on a Dutch page too. Every {@code Upload} calls {@code upload.setI18n(UploadTexts.translated())}.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N translated() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(text("upload.addFile")).setMany(text("upload.addFiles")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(text("upload.dropFile"))
                        .setMany(text("upload.dropFiles")))
                .setError(new UploadI18N.Error().setTooManyFiles(text("upload.error.tooManyFiles"))
                        .setFileIsTooBig(text("upload.error.fileIsTooBig"))
                        .setIncorrectFileType(text("upload.error.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(text("upload.status.connecting"))
                                .setStalled(text("upload.status.stalled"))
                                .setProcessing(text("upload.status.processing"))
                                .setHeld(text("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text("upload.remainingTime.prefix"))
                                .setUnknown(text("upload.remainingTime.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text("upload.error.serverUnavailable"))
                                .setUnexpectedServerError(text("upload.error.unexpectedServerError"))
                                .setForbidden(text("upload.error.forbidden"))
                                .setFileTooLarge(text("upload.error.fileIsTooBig"))))
                .setFile(new UploadI18N.File().setRetry(text("upload.file.retry")).setStart(text("upload.file.start"))
                        .setRemove(text("upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }

    private static String text(String key) {
        return I18NProvider.translate(key);
    }
}
