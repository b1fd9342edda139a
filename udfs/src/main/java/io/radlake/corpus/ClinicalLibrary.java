package io.radlake.corpus;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.radlake.corpus.SexFilter.FEMALE;
import static io.radlake.corpus.SexFilter.MALE;

/**
 * Report wording per modality and body part. Sentences are modelled on common radiology phrasing;
 * eponyms (Parkinson disease, Hodgkin lymphoma, Wilms tumor, Crohn disease, Baker cyst, Hill-Sachs lesion,
 * Schmorl node) appear on purpose: they look like names but are not PHI.
 */
final class ClinicalLibrary {

    static final ExamType CR_CHEST = ExamType.builder("CR", "CHEST")
            .titles("XR CHEST 2 VIEWS PA AND LATERAL", "CHEST RADIOGRAPH, PA AND LATERAL", "PORTABLE CHEST, 1 VIEW",
                    "XR CHEST 1 VIEW AP PORTABLE", "CR CHEST PA/LAT")
            .techniques("PA and lateral views of the chest.", "Single portable AP view of the chest.",
                    "Frontal and lateral views of the chest were obtained.", "Upright AP view of the chest at bedside.")
            .priors("Chest radiograph", "Chest x-ray", "CT chest", "Portable chest radiograph")
            .indications("Cough and fever.", "Shortness of breath.", "Chest pain.", "Rule out pneumonia.",
                    "Preoperative evaluation.", "Follow-up of pneumonia.", "Line placement.",
                    "Parkinson disease with new cough, evaluate for aspiration.",
                    "History of Hodgkin lymphoma, now with dyspnea.", "Fall, chest wall pain on the {side}.",
                    "Patient states \"can't catch my breath\".", "Hypoxia, {pct}% on room air.")
            .organ("lungs", "LUNGS", "The lungs are clear.", "No focal consolidation, pleural effusion, or pneumothorax.",
                    "Lungs are well expanded and clear.", "No focal airspace opacity.")
            .organ("heart", "HEART AND MEDIASTINUM", "The cardiomediastinal silhouette is within normal limits.",
                    "Heart size is normal.", "Normal cardiac and mediastinal contours.")
            .organ("pleura", "PLEURA", "No pleural effusion or pneumothorax.", "The costophrenic angles are sharp.")
            .organ("bones", "BONES", "No acute osseous abnormality.", "Visualized osseous structures are intact.",
                    "Degenerative changes of the thoracic spine.")
            .finding("lungs", "There is a {mm} mm nodule in the {lobe}.",
                    "{mm} mm {lobe} nodule. Recommend follow-up chest CT in 6-12 months.")
            .finding("lungs", "Patchy airspace opacity in the {lobe}, concerning for pneumonia.",
                    "{Lobe} pneumonia.")
            .finding("lungs", "Bibasilar linear opacities, likely atelectasis.", "Bibasilar atelectasis.")
            .finding("lungs", "Diffuse interstitial opacities with Kerley B lines.", "Findings of interstitial edema.")
            .finding("heart", "The heart is enlarged.", "Cardiomegaly.")
            .finding("heart", "Dual-chamber pacemaker (serial no. {serial}) with leads in the right atrium and right ventricle.",
                    "Pacemaker in place, leads unchanged in position.")
            .finding("pleura", "Small {side} pleural effusion.", "Small {side} pleural effusion.")
            .finding("pleura", "There is a small {side} apical pneumothorax, new since {date}.",
                    "Small {side} pneumothorax, new since {date}.")
            .finding("bones", "Nondisplaced fracture of the {side} {rib} rib.", "Acute {side} {rib} rib fracture.")
            .normalImpressions("No acute cardiopulmonary abnormality.", "No acute cardiopulmonary process.",
                    "Normal chest radiograph.", "No radiographic evidence of pneumonia.")
            .build();

    static final ExamType CR_ABDOMEN = ExamType.builder("CR", "ABDOMEN")
            .titles("XR ABDOMEN 1 VIEW", "KUB", "ABDOMEN SERIES, 2 VIEWS", "XR ABDOMEN SUPINE AND UPRIGHT")
            .techniques("Supine view of the abdomen.", "Supine and upright views of the abdomen.",
                    "Single frontal view of the abdomen and pelvis.")
            .priors("Abdominal radiograph", "KUB", "CT abdomen and pelvis")
            .indications("Abdominal pain.", "Constipation.", "Evaluate for obstruction.", "Nausea and vomiting.",
                    "Crohn disease with distension.", "Feeding tube placement.")
            .organ("bowel", "BOWEL GAS", "Nonobstructive bowel gas pattern.", "Normal bowel gas pattern.",
                    "Moderate stool burden without obstruction.")
            .organ("free_air", "FREE AIR", "No free intraperitoneal air on the upright view.", "No pneumoperitoneum.")
            .organ("calcs", "CALCIFICATIONS", "No abnormal calcifications.", "Phleboliths in the pelvis.")
            .organ("bones", "BONES", "Osseous structures are unremarkable.", "Degenerative changes of the lumbar spine.")
            .finding("bowel", "Multiple dilated loops of small bowel measuring up to {cm} cm with air-fluid levels.",
                    "Findings concerning for small bowel obstruction.")
            .finding("bowel", "Large stool burden throughout the colon.", "Large stool burden.")
            .finding("free_air", "Free air beneath the {side} hemidiaphragm.",
                    "Pneumoperitoneum. Findings discussed with the ordering team.")
            .finding("calcs", "There is a {mm} mm calcification projecting over the {side} renal shadow.",
                    "Possible {side} nephrolithiasis.")
            .finding("bowel", "Enteric tube with tip in the gastric body.", "Enteric tube tip in the stomach.")
            .normalImpressions("Nonobstructive bowel gas pattern.", "No acute abdominal findings.",
                    "Unremarkable abdominal radiograph.")
            .build();

    static final ExamType CR_KNEE = ExamType.builder("CR", "KNEE")
            .titles("XR KNEE 3 VIEWS", "KNEE RADIOGRAPHS, 3 VIEWS", "XR KNEE 2 VIEWS", "BILATERAL STANDING KNEES")
            .techniques("AP, lateral and sunrise views of the {side} knee.", "Three views of the {side} knee.",
                    "Weight-bearing AP and lateral views of both knees.")
            .priors("Knee radiograph", "MRI knee", "Knee x-ray")
            .indications("{Side} knee pain.", "Fall onto the {side} knee.", "Knee swelling.",
                    "Evaluate for osteoarthritis.", "Twisting injury playing soccer.")
            .organ("bones", "BONES", "No acute fracture or dislocation.", "Bone mineralization is normal.")
            .organ("joint", "JOINT", "Joint spaces are preserved.", "No significant joint effusion.")
            .organ("soft", "SOFT TISSUES", "Soft tissues are unremarkable.", "No radiopaque foreign body.")
            .finding("joint", "Moderate medial compartment joint space narrowing with marginal osteophytes.",
                    "Moderate medial compartment osteoarthritis.")
            .finding("joint", "Small suprapatellar joint effusion.", "Small joint effusion.")
            .finding("bones", "Nondisplaced fracture of the lateral tibial plateau.", "Lateral tibial plateau fracture.")
            .finding("soft", "Chondrocalcinosis of the menisci.", "Chondrocalcinosis, can be seen with CPPD.")
            .finding("bones", "Status post total knee arthroplasty without evidence of loosening.",
                    "Total knee arthroplasty in satisfactory position.")
            .normalImpressions("No acute osseous abnormality.", "Normal radiographs of the knee.",
                    "No fracture or dislocation.")
            .build();

    static final ExamType CR_SPINE = ExamType.builder("CR", "SPINE")
            .titles("XR LUMBAR SPINE 2-3 VIEWS", "LUMBAR SPINE RADIOGRAPHS", "XR THORACIC SPINE 2 VIEWS",
                    "XR CERVICAL SPINE 3 VIEWS")
            .techniques("AP and lateral views of the lumbar spine.", "Three views of the cervical spine.",
                    "AP, lateral and spot lateral views of the lumbosacral spine.")
            .priors("Lumbar spine radiograph", "MRI lumbar spine", "CT spine")
            .indications("Low back pain.", "Back pain after fall.", "Neck pain.", "Radiculopathy.",
                    "Motor vehicle collision.")
            .organ("alignment", "ALIGNMENT", "Alignment is normal.", "Normal lordosis.")
            .organ("bones", "VERTEBRAE", "Vertebral body heights are maintained.", "No acute fracture.")
            .organ("discs", "DISCS", "Intervertebral disc spaces are preserved.", "Mild multilevel disc space narrowing.")
            .finding("bones", "Mild anterior wedging of {lvert}, age-indeterminate.",
                    "Mild {lvert} compression deformity, age-indeterminate. Correlate with point tenderness.")
            .finding("discs", "Disc space narrowing at {llevel} with endplate osteophytes.",
                    "Degenerative disc disease at {llevel}.")
            .finding("alignment", "Grade 1 anterolisthesis of L4 on L5.", "Grade 1 L4-L5 anterolisthesis.")
            .finding("bones", "Schmorl node at the superior endplate of {lvert}.", "Incidental Schmorl node at {lvert}.")
            .normalImpressions("No acute osseous abnormality.", "Normal lumbar spine radiographs.",
                    "No fracture or malalignment.")
            .build();

    static final ExamType CR_PELVIS = ExamType.builder("CR", "PELVIS")
            .titles("XR PELVIS 1 VIEW", "XR HIP 2 VIEWS WITH PELVIS", "AP PELVIS AND FROG LATERAL HIP")
            .techniques("AP view of the pelvis.", "AP pelvis and two views of the {side} hip.")
            .priors("Pelvis radiograph", "CT pelvis", "Hip radiograph")
            .indications("Fall, {side} hip pain.", "Hip pain.", "Evaluate hip arthroplasty.", "Unable to bear weight.")
            .organ("bones", "BONES", "No acute fracture.", "Bone mineralization is within normal limits.")
            .organ("joints", "JOINTS", "Hip joint spaces are preserved.", "Sacroiliac joints are unremarkable.")
            .finding("bones", "Displaced subcapital fracture of the {side} femoral neck.", "Acute {side} femoral neck fracture.")
            .finding("joints", "Severe {side} hip joint space narrowing with subchondral sclerosis.",
                    "Severe {side} hip osteoarthritis.")
            .finding("joints", "{Side} total hip arthroplasty in expected alignment.", "{Side} hip arthroplasty without complication.")
            .finding("bones", "Nondisplaced fracture of the {side} superior pubic ramus.", "{Side} superior pubic ramus fracture.")
            .normalImpressions("No acute fracture.", "No acute osseous abnormality of the pelvis.")
            .build();

    static final ExamType CR_SHOULDER = ExamType.builder("CR", "SHOULDER")
            .titles("XR SHOULDER 3 VIEWS", "SHOULDER RADIOGRAPHS, COMPLETE", "XR SHOULDER 2 VIEWS")
            .techniques("AP, Grashey and axillary views of the {side} shoulder.", "Three views of the {side} shoulder.")
            .priors("Shoulder radiograph", "MRI shoulder")
            .indications("{Side} shoulder pain after fall.", "Shoulder dislocation, post-reduction.",
                    "Decreased range of motion.")
            .organ("bones", "BONES", "No acute fracture.", "The osseous structures are intact.")
            .organ("joint", "JOINT", "The glenohumeral joint is congruent.", "The acromioclavicular joint is unremarkable.")
            .finding("joint", "Anterior glenohumeral dislocation.", "Anterior shoulder dislocation.")
            .finding("bones", "Impaction deformity of the posterolateral humeral head consistent with a Hill-Sachs lesion.",
                    "Hill-Sachs lesion.")
            .finding("joint", "Moderate acromioclavicular joint degenerative change.", "Acromioclavicular osteoarthritis.")
            .finding("bones", "Calcific density adjacent to the greater tuberosity.", "Calcific tendinopathy.")
            .normalImpressions("No acute osseous abnormality.", "Normal shoulder radiographs.")
            .build();

    static final ExamType CT_HEAD = ExamType.builder("CT", "HEAD")
            .titles("CT HEAD WITHOUT CONTRAST", "CT BRAIN WO CONTRAST", "CT HEAD/BRAIN NONCONTRAST",
                    "CT HEAD WO IV CONTRAST, STROKE PROTOCOL")
            .techniques("Axial CT images of the head were obtained without intravenous contrast. Coronal and sagittal reformats were reviewed.",
                    "Noncontrast CT of the head. Dose reduction technique was used.",
                    "Helical acquisition through the brain without contrast.")
            .priors("CT head", "MRI brain", "CT head without contrast")
            .indications("Headache.", "Fall on anticoagulation.", "Altered mental status.", "Stroke alert, {side} sided weakness.",
                    "Parkinson disease with fall and head strike.", "Syncope.", "Dizziness.",
                    "History of Parkinson disease, worsening confusion.")
            .organ("parenchyma", "BRAIN", "No acute intracranial hemorrhage, mass effect, or midline shift.",
                    "Gray-white matter differentiation is preserved.", "No evidence of acute territorial infarct.")
            .organ("ventricles", "VENTRICLES", "The ventricles and sulci are normal in size for age.",
                    "Mild generalized volume loss.")
            .organ("extra", "EXTRA-AXIAL", "No extra-axial fluid collection.")
            .organ("skull", "SKULL AND SINUSES", "The calvarium is intact.", "The visualized paranasal sinuses and mastoid air cells are clear.")
            .finding("parenchyma", "Patchy periventricular white matter hypodensities.",
                    "Chronic small vessel ischemic disease.")
            .finding("parenchyma", "Hypodensity in the {side} MCA territory with loss of gray-white differentiation.",
                    "Acute to subacute {side} MCA territory infarct.")
            .finding("extra", "Crescentic {side} subdural hematoma measuring {mm} mm in thickness.",
                    "Acute {side} subdural hematoma, {mm} mm.")
            .finding("parenchyma", "There is a {cm} cm intraparenchymal hemorrhage in the {side} basal ganglia.",
                    "{Side} basal ganglia hemorrhage.")
            .finding("skull", "Mucosal thickening of the {side} maxillary sinus.", "{Side} maxillary sinus disease.")
            .finding("ventricles", "The ventricles are enlarged out of proportion to the sulci.",
                    "Ventriculomegaly; consider normal pressure hydrocephalus in the appropriate clinical setting.")
            .normalImpressions("No acute intracranial abnormality.", "No acute intracranial process.",
                    "Unremarkable noncontrast CT of the head.")
            .build();

    static final ExamType CT_CHEST = ExamType.builder("CT", "CHEST")
            .titles("CT CHEST WITH CONTRAST", "CT CHEST WITHOUT CONTRAST", "CTA CHEST PULMONARY EMBOLISM PROTOCOL",
                    "LOW DOSE CT CHEST FOR LUNG CANCER SCREENING")
            .techniques("Axial CT images of the chest were obtained after administration of {ml} mL of intravenous contrast.",
                    "Noncontrast CT of the chest with multiplanar reformats.",
                    "CT angiography of the chest following intravenous contrast. 3D MIP images were reviewed.",
                    "Low-dose technique without contrast.")
            .priors("CT chest", "Chest radiograph", "PET/CT")
            .indications("Pulmonary nodule follow-up.", "Rule out pulmonary embolism.", "Shortness of breath.",
                    "Lung cancer screening, 30 pack-year smoking history.", "History of Hodgkin lymphoma, restaging.",
                    "Hodgkin lymphoma, end of treatment evaluation.", "Cough, weight loss.", "Hemoptysis.")
            .organ("lungs", "LUNGS AND AIRWAYS", "The lungs are clear.", "No suspicious pulmonary nodules.",
                    "The central airways are patent.")
            .organ("pleura", "PLEURA", "No pleural effusion or pneumothorax.")
            .organ("mediastinum", "MEDIASTINUM AND HILA", "No mediastinal or hilar lymphadenopathy.",
                    "The heart is normal in size. No pericardial effusion.")
            .organ("vessels", "VESSELS", "The thoracic aorta is normal in caliber.", "No filling defect in the pulmonary arteries.")
            .organ("bones", "CHEST WALL AND BONES", "No suspicious osseous lesions.", "Mild thoracic spondylosis.")
            .finding("lungs", "There is a {mm} mm solid nodule in the {lobe}.",
                    "{mm} mm solid {lobe} nodule. Follow-up CT recommended per Fleischner Society guidelines.")
            .finding("lungs", "{cm} cm spiculated mass in the {lobe}.", "{cm} cm spiculated {lobe} mass, suspicious for primary lung malignancy.")
            .finding("vessels", "Filling defects in the {side} lower lobe segmental pulmonary arteries.",
                    "Acute {side} lower lobe segmental pulmonary emboli.")
            .finding("mediastinum", "Enlarged prevascular lymph node measuring {cm} cm, previously 2.4 cm on {date}.",
                    "Decreased prevascular adenopathy since {date} in this patient with Hodgkin lymphoma.")
            .finding("mediastinum", "No residual mediastinal adenopathy.", "No evidence of recurrent Hodgkin lymphoma.")
            .finding("lungs", "Centrilobular emphysema, upper lobe predominant.", "Emphysema.")
            .finding("pleura", "Moderate {side} pleural effusion with adjacent compressive atelectasis.",
                    "Moderate {side} pleural effusion.")
            .finding("vessels", "The ascending aorta measures 4.{count} cm.", "Mildly dilated ascending aorta.")
            .normalImpressions("No acute intrathoracic abnormality.", "No pulmonary embolism.",
                    "No suspicious pulmonary nodule. Lung-RADS 1.")
            .build();

    static final ExamType CT_ABDOMEN = ExamType.builder("CT", "ABDOMEN")
            .titles("CT ABDOMEN AND PELVIS WITH CONTRAST", "CT ABD/PELVIS W IV CONTRAST", "CT ABDOMEN PELVIS WO CONTRAST",
                    "CT ENTEROGRAPHY", "CT ABDOMEN AND PELVIS, RENAL STONE PROTOCOL")
            .techniques("Axial images of the abdomen and pelvis were obtained following {ml} mL Omnipaque 350 IV.",
                    "Helical CT of the abdomen and pelvis without intravenous contrast.",
                    "CT enterography with neutral oral contrast and IV contrast in the enteric phase.")
            .priors("CT abdomen and pelvis", "Ultrasound abdomen", "MRI abdomen")
            .indications("Abdominal pain.", "Right lower quadrant pain, rule out appendicitis.", "Flank pain, hematuria.",
                    "Crohn disease with abdominal pain and diarrhea.", "Known Crohn disease, assess disease activity.",
                    "History of Wilms tumor status post left nephrectomy.", "Hodgkin lymphoma restaging.",
                    "Weight loss.", "Trauma.")
            .organ("liver", "LIVER", "The liver is normal in size and attenuation without focal lesion.",
                    "No focal hepatic lesion.")
            .organ("gb", "GALLBLADDER AND BILIARY", "The gallbladder is unremarkable. No biliary ductal dilatation.")
            .organ("pancreas", "PANCREAS AND SPLEEN", "The pancreas and spleen are unremarkable.")
            .organ("kidneys", "KIDNEYS", "The kidneys enhance symmetrically without hydronephrosis or stones.",
                    "No renal calculi or hydronephrosis.")
            .organ("bowel", "BOWEL", "No bowel obstruction or wall thickening. The appendix is normal.",
                    "Normal caliber bowel without inflammatory change.")
            .organ("pelvis", "PELVIS", "The urinary bladder is unremarkable. No free fluid.")
            .finding("liver", "There is a {mm2} mm hypodense lesion in hepatic segment {seg}, too small to characterize.",
                    "Subcentimeter hepatic hypodensity, likely a cyst.")
            .finding("gb", "Cholelithiasis without gallbladder wall thickening.", "Cholelithiasis without CT evidence of cholecystitis.")
            .finding("kidneys", "{mm2} mm obstructing stone at the {side} ureterovesical junction with mild hydronephrosis.",
                    "{mm2} mm obstructing {side} UVJ stone with mild hydroureteronephrosis.")
            .finding("kidneys", "Surgically absent left kidney. No mass in the left nephrectomy bed.",
                    "Status post left nephrectomy for Wilms tumor without evidence of recurrence.")
            .finding("bowel", "Mural thickening and hyperenhancement of the terminal ileum over {cm} cm with comb sign.",
                    "Active terminal ileitis, compatible with Crohn disease.")
            .finding("bowel", "The appendix is dilated to {mm} mm with periappendiceal fat stranding.", "Acute appendicitis.")
            .finding("bowel", "Sigmoid diverticulosis with focal pericolic fat stranding.", "Acute uncomplicated sigmoid diverticulitis.")
            .finding("pancreas", "The spleen is enlarged, measuring 15.{count} cm.", "Splenomegaly.")
            .normalImpressions("No acute abnormality in the abdomen or pelvis.", "No acute intra-abdominal process.",
                    "Normal CT of the abdomen and pelvis.")
            .build();

    static final ExamType CT_SPINE = ExamType.builder("CT", "SPINE")
            .titles("CT CERVICAL SPINE WITHOUT CONTRAST", "CT C-SPINE WO CONTRAST", "CT LUMBAR SPINE WITHOUT CONTRAST")
            .techniques("Axial CT images of the cervical spine were obtained with sagittal and coronal reformats.",
                    "Helical CT of the lumbar spine without contrast with multiplanar reformats.")
            .priors("CT cervical spine", "MRI cervical spine", "Cervical spine radiographs")
            .indications("Trauma, neck pain.", "Motor vehicle collision.", "Fall from standing.", "Back pain after fall.")
            .organ("alignment", "ALIGNMENT", "Normal alignment.", "Alignment is maintained.")
            .organ("bones", "VERTEBRAE", "No acute fracture.", "Vertebral body heights are preserved.")
            .organ("discs", "DISCS AND CANAL", "No high-grade canal stenosis.", "Mild multilevel spondylosis.")
            .finding("bones", "Nondisplaced fracture through the {side} lamina of C6.", "Acute nondisplaced {side} C6 laminar fracture.")
            .finding("discs", "Disc osteophyte complex at {clevel} with moderate canal narrowing.",
                    "Moderate degenerative canal stenosis at {clevel}.")
            .finding("bones", "Schmorl node along the inferior endplate of {lvert}.", "Schmorl node at {lvert}, incidental.")
            .finding("alignment", "Straightening of the normal cervical lordosis.", "Straightening of lordosis, may be positional or due to spasm.")
            .normalImpressions("No acute fracture or malalignment of the cervical spine.", "No acute osseous injury.")
            .build();

    static final ExamType MR_HEAD = ExamType.builder("MR", "HEAD")
            .titles("MRI BRAIN WITH AND WITHOUT CONTRAST", "MRI BRAIN WITHOUT CONTRAST", "MR BRAIN W/WO GADOLINIUM")
            .techniques("Multiplanar multisequence MR images of the brain before and after {ml} mL gadobutrol.",
                    "Sagittal T1, axial T2, FLAIR, DWI and SWI images of the brain without contrast.")
            .priors("MRI brain", "CT head")
            .indications("Headache.", "Seizure.", "Parkinson disease, evaluate for atypical parkinsonism.",
                    "Memory loss.", "Multiple sclerosis follow-up.", "Vertigo.")
            .organ("parenchyma", "BRAIN", "No restricted diffusion to suggest acute infarct.",
                    "No abnormal enhancement.", "Normal signal of the brain parenchyma.")
            .organ("ventricles", "VENTRICLES", "Ventricles and sulci are normal for age.")
            .organ("vessels", "VASCULAR", "Normal flow voids of the major intracranial vessels.")
            .organ("other", "OTHER", "The orbits, paranasal sinuses and mastoids are unremarkable.")
            .finding("parenchyma", "Scattered T2/FLAIR hyperintensities in the periventricular and subcortical white matter.",
                    "Nonspecific white matter changes, most likely chronic microvascular ischemic disease.")
            .finding("parenchyma", "Focus of restricted diffusion in the {side} corona radiata measuring {mm2} mm.",
                    "Acute lacunar infarct in the {side} corona radiata.")
            .finding("parenchyma", "Extra-axial dural-based enhancing mass along the {side} convexity measuring {cm} cm.",
                    "{cm} cm {side} convexity meningioma.")
            .finding("parenchyma", "Decreased nigrosome-1 signal bilaterally on SWI.",
                    "Loss of the swallow tail sign, can be seen with Parkinson disease.")
            .finding("other", "Mucous retention cyst in the {side} maxillary sinus.", "Incidental {side} maxillary retention cyst.")
            .normalImpressions("No acute intracranial abnormality.", "Normal MRI of the brain.", "No intracranial mass or acute infarct.")
            .build();

    static final ExamType MR_SPINE = ExamType.builder("MR", "SPINE")
            .titles("MRI LUMBAR SPINE WITHOUT CONTRAST", "MR L-SPINE WO", "MRI CERVICAL SPINE WITHOUT CONTRAST")
            .techniques("Sagittal T1, T2 and STIR with axial T2 images of the lumbar spine.",
                    "Multiplanar multisequence MRI of the cervical spine without contrast.")
            .priors("MRI lumbar spine", "Lumbar spine radiographs", "CT lumbar spine")
            .indications("Low back pain radiating to the {side} leg.", "Radiculopathy.", "Neck pain with arm numbness.",
                    "Back pain, failed conservative therapy.")
            .organ("alignment", "ALIGNMENT", "Normal alignment.", "Preserved lumbar lordosis.")
            .organ("marrow", "MARROW", "Normal marrow signal.", "Vertebral body heights are maintained.")
            .organ("cord", "CONUS", "The conus terminates normally at L1.", "Normal signal of the spinal cord.")
            .organ("discs", "DISC LEVELS", "No significant canal or foraminal stenosis.", "Mild facet arthropathy at the lower lumbar levels.")
            .finding("discs", "At {llevel}, there is a {side} paracentral disc extrusion contacting the traversing nerve root.",
                    "{Side} paracentral disc extrusion at {llevel} with nerve root contact.")
            .finding("discs", "Broad-based disc bulge at {llevel} with moderate bilateral foraminal stenosis.",
                    "Moderate bilateral foraminal stenosis at {llevel}.")
            .finding("marrow", "Schmorl node at the inferior endplate of {lvert} without surrounding edema.",
                    "Chronic Schmorl node at {lvert}.")
            .finding("marrow", "Acute compression fracture of {lvert} with 20% height loss and marrow edema.",
                    "Acute {lvert} compression fracture.")
            .finding("alignment", "Grade 1 anterolisthesis of L4 on L5 with bilateral facet effusions.",
                    "Degenerative grade 1 L4-L5 anterolisthesis.")
            .normalImpressions("No significant spinal canal or neural foraminal stenosis.", "Normal MRI of the lumbar spine.",
                    "Mild degenerative changes without neural impingement.")
            .build();

    static final ExamType MR_KNEE = ExamType.builder("MR", "KNEE")
            .titles("MRI KNEE WITHOUT CONTRAST", "MR KNEE WO CONTRAST", "MRI LOWER EXTREMITY JOINT WITHOUT CONTRAST")
            .techniques("Multiplanar proton density and T2 fat-saturated images of the {side} knee.",
                    "Routine noncontrast MRI of the {side} knee.")
            .priors("MRI knee", "Knee radiographs")
            .indications("{Side} knee pain after twisting injury.", "Locking and clicking.", "Posterior knee swelling.",
                    "Evaluate for meniscal tear.")
            .organ("menisci", "MENISCI", "The medial and lateral menisci are intact.")
            .organ("ligaments", "LIGAMENTS", "The cruciate and collateral ligaments are intact.")
            .organ("cartilage", "CARTILAGE", "Articular cartilage is preserved.", "Mild chondrosis of the medial compartment.")
            .organ("soft", "SOFT TISSUES", "No joint effusion.", "No popliteal cyst.")
            .finding("menisci", "Oblique tear of the posterior horn of the medial meniscus extending to the inferior articular surface.",
                    "Tear of the posterior horn of the medial meniscus.")
            .finding("ligaments", "Complete disruption of the anterior cruciate ligament with bone bruises of the lateral compartment.",
                    "Complete ACL tear.")
            .finding("soft", "There is a {cm} x {cm2} cm Baker cyst in the popliteal fossa.", "{cm} cm Baker cyst.")
            .finding("soft", "Ruptured Baker cyst with fluid tracking along the medial gastrocnemius.", "Ruptured Baker cyst.")
            .finding("cartilage", "Full-thickness cartilage loss of the medial femoral condyle with subchondral edema.",
                    "Advanced medial compartment chondrosis.")
            .normalImpressions("No internal derangement of the knee.", "Normal MRI of the knee.")
            .build();

    static final ExamType MR_SHOULDER = ExamType.builder("MR", "SHOULDER")
            .titles("MRI SHOULDER WITHOUT CONTRAST", "MR ARTHROGRAM SHOULDER", "MRI UPPER EXTREMITY JOINT WO CONTRAST")
            .techniques("Multiplanar MR images of the {side} shoulder without contrast.",
                    "MR arthrogram of the {side} shoulder after fluoroscopically guided intra-articular injection.")
            .priors("MRI shoulder", "Shoulder radiographs")
            .indications("Recurrent {side} shoulder dislocation.", "Shoulder pain, rule out rotator cuff tear.",
                    "Instability after dislocation.", "Weakness with overhead activity.")
            .organ("cuff", "ROTATOR CUFF", "The rotator cuff tendons are intact.", "Mild supraspinatus tendinosis.")
            .organ("labrum", "LABRUM", "The glenoid labrum is intact.")
            .organ("bones", "BONES", "No fracture or marrow edema.", "Normal marrow signal.")
            .organ("biceps", "BICEPS", "The long head of the biceps tendon is normally located.")
            .finding("bones", "Impaction fracture of the posterosuperior humeral head compatible with a Hill-Sachs lesion.",
                    "Hill-Sachs lesion with anteroinferior labral tear (Bankart lesion).")
            .finding("cuff", "Full-thickness tear of the supraspinatus tendon with {mm} mm retraction.",
                    "Full-thickness supraspinatus tear with {mm} mm retraction.")
            .finding("labrum", "Superior labral tear extending from anterior to posterior.", "SLAP tear.")
            .finding("biceps", "Medial subluxation of the long head biceps tendon.", "Biceps tendon subluxation.")
            .normalImpressions("No rotator cuff tear.", "Normal MRI of the shoulder.")
            .build();

    static final ExamType MR_PELVIS = ExamType.builder("MR", "PELVIS")
            .titles("MRI PELVIS WITH AND WITHOUT CONTRAST", "MR ENTEROGRAPHY", "MRI PROSTATE MULTIPARAMETRIC",
                    "MRI PELVIS FISTULA PROTOCOL")
            .techniques("Multiplanar T1 and T2 weighted images of the pelvis before and after gadolinium.",
                    "Multiparametric MRI including T2, DWI and dynamic contrast-enhanced sequences.")
            .priors("MRI pelvis", "CT abdomen and pelvis", "Pelvic ultrasound")
            .indications("Crohn disease, evaluate for perianal fistula.", "Elevated PSA.", "Pelvic pain.",
                    "Known Crohn disease, assess activity.", "Abnormal uterine bleeding.")
            .organ("bowel", "BOWEL", "No bowel wall thickening or abnormal enhancement.")
            .organ("perianal", "PERIANAL", "No perianal fistula or abscess.")
            .organ("uterus", "UTERUS AND OVARIES", FEMALE, "The uterus and ovaries are unremarkable.")
            .organ("prostate", "PROSTATE", MALE, "The prostate is normal in size without focal lesion.")
            .organ("bones", "BONES", "No suspicious marrow lesion.")
            .finding("perianal", "Transsphincteric fistula at the {clock} o'clock position with a {cm} cm abscess.",
                    "Perianal fistula with abscess in this patient with Crohn disease.")
            .finding("bowel", "Segmental wall thickening and restricted diffusion of the distal ileum.",
                    "Active inflammatory small bowel Crohn disease.")
            .finding("uterus", FEMALE, "Intramural fibroid measuring {cm} cm.", "Uterine fibroid.")
            .finding("prostate", MALE, "{mm} mm T2 hypointense lesion in the {side} peripheral zone with restricted diffusion.",
                    "PI-RADS 4 lesion in the {side} peripheral zone.")
            .finding("bones", "Bone island in the {side} ilium.", "Incidental bone island.")
            .normalImpressions("No acute pelvic abnormality.", "Normal MRI of the pelvis.")
            .build();

    static final ExamType US_ABDOMEN = ExamType.builder("US", "ABDOMEN")
            .titles("US ABDOMEN COMPLETE", "ULTRASOUND RIGHT UPPER QUADRANT", "US RENAL COMPLETE", "US ABDOMEN LIMITED")
            .techniques("Grayscale and color Doppler sonographic images of the abdomen.",
                    "Real-time ultrasound of the right upper quadrant.", "Sonographic evaluation of both kidneys and bladder.")
            .priors("Ultrasound abdomen", "CT abdomen and pelvis", "US renal")
            .indications("Right upper quadrant pain.", "Elevated liver enzymes.", "Acute kidney injury.",
                    "History of Wilms tumor, surveillance.", "Nausea after fatty meals.", "Hematuria.")
            .organ("liver", "LIVER", "The liver is normal in size and echotexture.", "Hepatopetal portal venous flow.")
            .organ("gb", "GALLBLADDER", "The gallbladder is normal without stones or wall thickening.",
                    "Negative sonographic Murphy sign.")
            .organ("ducts", "BILE DUCTS", "Common bile duct measures 4 mm.", "No intrahepatic biliary dilatation.")
            .organ("kidneys", "KIDNEYS", "Both kidneys are normal in size without hydronephrosis.")
            .finding("gb", "Multiple mobile shadowing gallstones, the largest measuring {mm} mm.", "Cholelithiasis.")
            .finding("gb", "Gallbladder wall thickening to {mm2} mm with pericholecystic fluid and positive Murphy sign.",
                    "Findings concerning for acute cholecystitis.")
            .finding("liver", "Diffusely increased hepatic echogenicity.", "Hepatic steatosis.")
            .finding("kidneys", "Absent left kidney. Compensatory hypertrophy of the right kidney measuring 13.{count} cm.",
                    "Status post left nephrectomy for Wilms tumor. No mass in the nephrectomy bed.")
            .finding("kidneys", "Moderate {side} hydronephrosis.", "Moderate {side} hydronephrosis.")
            .finding("liver", "{cm} cm simple cyst in the {side} hepatic lobe.", "Simple hepatic cyst.")
            .normalImpressions("Normal right upper quadrant ultrasound.", "No acute sonographic abnormality.",
                    "Unremarkable abdominal ultrasound.")
            .build();

    static final ExamType US_PELVIS = ExamType.builder("US", "PELVIS")
            .titles("US PELVIS TRANSABDOMINAL AND TRANSVAGINAL", "US PELVIS COMPLETE", "US SCROTUM")
            .techniques("Transabdominal and transvaginal grayscale and Doppler images of the pelvis.",
                    "Transabdominal sonographic images of the pelvis.")
            .priors("Pelvic ultrasound", "CT pelvis", "MRI pelvis")
            .indications("Pelvic pain.", "Abnormal uterine bleeding.", "Adnexal mass on exam.", "Testicular pain.",
                    "Follow-up ovarian cyst.")
            .organ("uterus", "UTERUS", FEMALE, "The uterus is normal in size. Endometrial stripe measures {mm2} mm.")
            .organ("ovaries", "OVARIES", FEMALE, "Both ovaries are normal with arterial and venous flow.")
            .organ("testes", "TESTES", MALE, "Both testes are normal in size and echotexture with normal flow.")
            .organ("bladder", "BLADDER", "The urinary bladder is unremarkable.", "No free fluid.")
            .finding("ovaries", FEMALE, "{cm} cm simple cyst in the {side} ovary.", "{cm} cm simple {side} ovarian cyst.")
            .finding("uterus", FEMALE, "Multiple uterine fibroids, the largest measuring {cm} cm.", "Fibroid uterus.")
            .finding("testes", MALE, "Small {side} hydrocele.", "Small {side} hydrocele.")
            .finding("testes", MALE, "Enlarged hyperemic {side} epididymis.", "{Side} epididymitis.")
            .finding("bladder", "Small amount of free fluid in the pelvis.", "Trace free fluid, likely physiologic.")
            .normalImpressions("Normal pelvic ultrasound.", "No acute sonographic abnormality.")
            .build();

    static final ExamType US_NECK = ExamType.builder("US", "NECK")
            .titles("US THYROID", "US SOFT TISSUE NECK", "ULTRASOUND THYROID AND NECK")
            .techniques("Grayscale and color Doppler sonographic images of the thyroid gland and neck.")
            .priors("Thyroid ultrasound", "CT neck")
            .indications("Thyroid nodule follow-up.", "Palpable neck mass.", "Abnormal TSH.", "History of Hodgkin lymphoma, neck lump.")
            .organ("thyroid", "THYROID", "The thyroid gland is normal in size and echotexture.")
            .organ("nodes", "LYMPH NODES", "No abnormal cervical lymph nodes.")
            .finding("thyroid", "{mm} mm solid hypoechoic nodule in the {side} lobe with microcalcifications (TI-RADS 5).",
                    "TI-RADS 5 {side} thyroid nodule; fine-needle aspiration recommended.")
            .finding("thyroid", "{mm} mm spongiform nodule in the {side} lobe (TI-RADS 1).", "Benign-appearing {side} thyroid nodule.")
            .finding("nodes", "Enlarged {side} level III lymph node with loss of fatty hilum measuring {cm} cm.",
                    "Abnormal {side} cervical lymph node; tissue sampling suggested given history of Hodgkin lymphoma.")
            .normalImpressions("Normal thyroid ultrasound.", "No suspicious thyroid nodule.")
            .build();

    static final ExamType US_KNEE = ExamType.builder("US", "KNEE")
            .titles("US POPLITEAL FOSSA", "US LOWER EXTREMITY VENOUS DUPLEX", "US SOFT TISSUE KNEE")
            .techniques("Grayscale and color Doppler imaging of the {side} popliteal fossa.",
                    "Compression and Doppler evaluation of the {side} lower extremity veins.")
            .priors("Venous duplex", "MRI knee", "Knee ultrasound")
            .indications("{Side} calf swelling, rule out DVT.", "Posterior knee mass.", "Leg pain and swelling.")
            .organ("veins", "VEINS", "The common femoral, femoral and popliteal veins are compressible with normal flow.")
            .organ("soft", "POPLITEAL FOSSA", "No popliteal fluid collection.")
            .finding("soft", "Anechoic {cm} x {cm2} cm Baker cyst in the medial popliteal fossa.", "{Side} Baker cyst.")
            .finding("soft", "Complex Baker cyst with fluid dissecting into the calf, suggestive of rupture.",
                    "Ruptured {side} Baker cyst. No DVT.")
            .finding("veins", "Noncompressible {side} popliteal vein with occlusive echogenic thrombus.",
                    "Acute {side} popliteal deep venous thrombosis.")
            .normalImpressions("No deep venous thrombosis.", "No sonographic abnormality of the popliteal fossa.")
            .build();

    static final ExamType US_BREAST = ExamType.builder("US", "BREAST")
            .titles("US BREAST LIMITED", "ULTRASOUND BREAST TARGETED", "US BREAST BILATERAL COMPLETE")
            .techniques("Targeted grayscale and Doppler ultrasound of the {side} breast.",
                    "Handheld ultrasound of the {side} breast at the site of mammographic concern.")
            .priors("Mammogram", "Breast ultrasound", "Breast MRI")
            .indications("Palpable lump in the {side} breast.", "Callback from screening mammogram.",
                    "Follow-up probably benign finding.", "Breast pain.")
            .organ("breast", "BREAST", "No sonographic abnormality at the site of concern.",
                    "Normal fibroglandular tissue.")
            .organ("axilla", "AXILLA", "No suspicious axillary lymph nodes.")
            .finding("breast", "At {clock} o'clock, {cmfn} cm from the nipple, there is a {mm} mm oval circumscribed hypoechoic mass.",
                    "Probably benign {side} breast mass at {clock} o'clock, likely fibroadenoma. BI-RADS 3.")
            .finding("breast", "Irregular hypoechoic mass with angular margins at {clock} o'clock measuring {mm} mm.",
                    "Suspicious {side} breast mass. BI-RADS 4. Ultrasound-guided biopsy recommended.")
            .finding("breast", "Simple cyst at {clock} o'clock measuring {mm} mm.", "Simple cyst. BI-RADS 2.")
            .finding("axilla", "{Side} axillary lymph node with cortical thickening to {mm2} mm.",
                    "Indeterminate {side} axillary lymph node.")
            .normalImpressions("Negative. BI-RADS 1.", "No sonographic correlate for the palpable finding. BI-RADS 1.")
            .build();

    static final ExamType MG_BREAST = ExamType.builder("MG", "BREAST")
            .titles("MAMMOGRAM SCREENING BILATERAL WITH TOMOSYNTHESIS", "MG SCREENING BILATERAL",
                    "DIAGNOSTIC MAMMOGRAM UNILATERAL", "DIGITAL SCREENING MAMMOGRAM WITH CAD")
            .techniques("Standard CC and MLO views of both breasts with tomosynthesis.",
                    "Bilateral digital mammography with computer-aided detection.",
                    "Spot compression and magnification views of the {side} breast.")
            .priors("Mammogram", "Screening mammogram", "Diagnostic mammogram")
            .indications("Annual screening.", "Screening, family history of breast cancer.", "{Side} breast lump.",
                    "Baseline screening.", "History of Hodgkin lymphoma treated with mantle radiation, high-risk screening.")
            .organ("density", "BREAST DENSITY", "The breasts are heterogeneously dense, which may obscure small masses.",
                    "There are scattered areas of fibroglandular density.", "The breasts are almost entirely fatty.")
            .organ("breast", "FINDINGS", "No suspicious mass, architectural distortion, or calcifications.",
                    "No mammographic evidence of malignancy.")
            .finding("breast", "There is a {mm} mm spiculated mass in the {side} breast at {clock} o'clock, {depth} depth.",
                    "Suspicious {side} breast mass. BI-RADS 4. Biopsy recommended.")
            .finding("breast", "Grouped fine pleomorphic calcifications in the {side} upper outer quadrant spanning {mm} mm.",
                    "Suspicious {side} breast calcifications. BI-RADS 4B.")
            .finding("breast", "Possible asymmetry in the {side} breast seen on the CC view only.",
                    "{Side} breast asymmetry. BI-RADS 0: recall for additional imaging.")
            .finding("breast", "Stable benign-appearing calcifications compared with {date}.", "Benign findings. BI-RADS 2.")
            .normalImpressions("Negative mammogram. BI-RADS 1.", "No mammographic evidence of malignancy. BI-RADS 1.",
                    "Benign. BI-RADS 2. Routine annual screening recommended.")
            .build();

    static final List<ExamType> ALL = List.of(CR_CHEST, CR_ABDOMEN, CR_KNEE, CR_SPINE, CR_PELVIS, CR_SHOULDER,
            CT_HEAD, CT_CHEST, CT_ABDOMEN, CT_SPINE, MR_HEAD, MR_SPINE, MR_KNEE, MR_SHOULDER, MR_PELVIS,
            US_ABDOMEN, US_PELVIS, US_NECK, US_KNEE, US_BREAST, MG_BREAST);

    static final Map<String, ExamType> BY_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(ExamType::key, Function.identity()));

    private ClinicalLibrary() {
    }
}
