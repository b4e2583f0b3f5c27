#pragma once

#include "formpdfpictures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

class QIODevice;
class QPdfWriter;

namespace Stride {

class FormPdfLayout;
class MediaStore;
class Store;
struct AssessmentModerationForm;
struct EvidenceItem;
struct TargetSettingModerationForm;

// The moderation forms of seed 000 as PDF pages laid out like the school's paper forms, field by
// field in the forms' own words, with the evidence attached to an assessment form after it
// (thumbnails, captions, dates, prompt levels; a still frame for a video, a waveform for a voice
// note). One form or many (a meeting's pack) go into one document; each form starts a page.
class FormPdf
{
    Q_DECLARE_TR_FUNCTIONS(FormPdf)

public:
    struct Settings
    {
        // For people outside the school: no picture of a pupil whose media consent is for use
        // inside the school only (or who has none) is drawn; the card says why instead.
        bool outsideSchool = false;
        FormPdfPictures pictures;
    };

    // `media` may be null (no pictures: each card says the file is not on this device).
    FormPdf(const Store &store, const MediaStore *media, Settings settings);
    ~FormPdf();

    // Starts the document on `device` (open for writing); the device must outlive finish().
    bool begin(QIODevice *device, const QString &documentTitle);
    bool addAssessmentForm(const QString &formId);
    bool addTargetSettingForm(const QString &formId);
    bool finish();
    QString errorString() const { return m_error; }
    int formCount() const { return m_forms; }

    // One form to a PDF file at `path`, written whole or not at all. False with a sentence in
    // `error` that a teacher can act on.
    static bool writeAssessmentForm(const Store &store, const MediaStore *media, const QString &formId,
                                    const QString &path, const Settings &settings, QString *error);
    static bool writeTargetSettingForm(const Store &store, const MediaStore *media, const QString &formId,
                                       const QString &path, const Settings &settings, QString *error);

private:
    void drawAssessmentForm(const AssessmentModerationForm &form);
    void drawTargetSettingForm(const TargetSettingModerationForm &form);
    void drawEvidence(const AssessmentModerationForm &form, const QList<EvidenceItem> &attached,
                      const QString &pupilInitials);
    QString staffName(const QString &staffId) const;
    bool fail(const QString &message);

    const Store &m_store;
    const MediaStore *m_media;
    Settings m_settings;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<FormPdfLayout> m_layout;
    QString m_error;
    int m_forms = 0;
};

} // namespace Stride
